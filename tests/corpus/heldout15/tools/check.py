#!/usr/bin/env python3
"""Checks for the z corpus: parse, spans, coverage, duplicates, scorer round trip, word counts."""
import csv, json, os, re, subprocess, sys, collections
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold.jsonl')
FIELDS = ['doc', 'value', 'low', 'high', 'unit', 'category', 'qualifier', 'subject', 'side', 'claimant',
          'claimant_aliases', 'span', 'source', 'source_type', 'source_country', 'scope', 'force']
CATS = {'killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed', 'exchanged'}
QUALS = {'exact', 'approximate', 'at_least', 'at_most', 'range', 'vague'}
STYPES = {'government', 'military', 'intelligence', 'health authority', 'international body', 'monitor',
          'media', 'armed group', 'person', 'unnamed', None}
SCOPES = {'total', 'period', 'event', 'unknown'}
FORCES = {'military', 'civilian', 'mixed', 'unknown'}
errors = []
def err(m): errors.append(m)

rows = []
for i, line in enumerate(open(GOLD, encoding='utf-8'), 1):
    if not line.strip():
        continue
    try:
        r = json.loads(line)
    except Exception as e:
        err(f'line {i}: does not parse: {e}'); continue
    if list(r.keys()) != FIELDS:
        err(f'line {i}: fields {list(r.keys())}')
    rows.append(r)

docs = {f[:-4]: open(os.path.join(DOCS, f), encoding='utf-8').read() for f in sorted(os.listdir(DOCS)) if f.endswith('.txt')}
for i, r in enumerate(rows, 1):
    d = r['doc']
    if d not in docs:
        err(f'line {i}: unknown doc {d}'); continue
    sp = r['span']
    if '\n' in sp:
        err(f'line {i}: span has a line break')
    if sp not in docs[d]:
        err(f'line {i}: span not in {d}: {sp!r}')
    if r['category'] not in CATS: err(f'line {i}: category {r["category"]}')
    if r['qualifier'] not in QUALS: err(f'line {i}: qualifier {r["qualifier"]}')
    if r['unit'] not in ('people', 'percent'): err(f'line {i}: unit')
    if r['source_type'] not in STYPES: err(f'line {i}: source_type {r["source_type"]}')
    if r['scope'] not in SCOPES: err(f'line {i}: scope')
    if r['force'] not in FORCES: err(f'line {i}: force')
    q = r['qualifier']
    if q == 'vague' and (r['value'], r['low'], r['high']) != (None, None, None): err(f'line {i}: vague with numbers')
    if q == 'range' and (r['value'] is not None or r['low'] is None or r['high'] is None): err(f'line {i}: bad range')
    if q not in ('vague', 'range') and (r['value'] is None or r['low'] is not None): err(f'line {i}: bad value')
    if (r['claimant'] is None) != (r['source'] is None): err(f'line {i}: claimant/source mismatch')

for d in docs:
    if not any(r['doc'] == d for r in rows):
        err(f'doc without lines: {d}')

seen = collections.Counter((r['doc'], r['category'], r['unit'], r['value'], r['low'], r['high'], r['claimant']) for r in rows)
for k, n in seen.items():
    if n > 1 and k[3:6] != (None, None, None):
        err(f'duplicate key {k} x{n}')
vague_seen = collections.Counter((r['doc'], r['category'], r['span']) for r in rows if r['qualifier'] == 'vague')
for k, n in vague_seen.items():
    if n > 1: err(f'duplicate vague {k}')

# word counts and front matter
fm = 0
for d, t in docs.items():
    n = len(t.split())
    if not 300 <= n <= 900:
        err(f'{d}: {n} words')
    if t.startswith('---\ntitle: '):
        fm += 1
        head = t.split('\n---\n', 1)[0]
        keys = [l.split(':', 1)[0] for l in head.split('\n')[1:]]
        if keys != ['title', 'publisher', 'published', 'url']:
            err(f'{d}: front matter keys {keys}')
        if not t.split('\n---\n', 1)[1].startswith('\n'):
            err(f'{d}: no blank line after front matter')

# scorer round trip
pred = os.path.join(ROOT, 'tools', 'pred_from_gold.csv')
with open(pred, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=['doc', 'value', 'low', 'high', 'unit', 'category', 'qualifier', 'subject', 'side', 'claimant', 'span'])
    w.writeheader()
    for r in rows:
        w.writerow({k: ('' if r[k] is None else r[k]) for k in w.fieldnames})
res = subprocess.run([sys.executable, '/work/shared/tools/score.py', pred, GOLD, '--json'], capture_output=True, text=True)
score = json.loads(res.stdout)
for k in ('precision', 'recall', 'f1', 'claimant_acc', 'qualifier_acc', 'side_acc', 'full_f1', 'vague_recall'):
    if score[k] != 1.0:
        err(f'scorer {k}={score[k]}')

print('docs', len(docs), 'with front matter', fm)
print('lines', len(rows), 'numeric', score['gold'], 'vague', score['vague_gold'])
print('by category', dict(collections.Counter(r['category'] for r in rows)))
print('by qualifier', dict(collections.Counter(r['qualifier'] for r in rows)))
print('score', res.stdout.strip())
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('ALL CHECKS PASSED')
