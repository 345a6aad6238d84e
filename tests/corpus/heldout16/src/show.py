import json,sys
d=sys.argv[1]
print(open(f'docs/{d}.txt').read())
for l in open('gold.jsonl'):
    r=json.loads(l)
    if r['doc']==d:
        n=r['value'] if r['value'] is not None else (r['low'],r['high']) if r['low'] is not None else 'VAGUE'
        print(f"{r['category']:10} {str(n):12} {r['qualifier']:11} side={r['side']!s:22} cl={r['claimant']!s:30} {r['scope']:7} {r['force']:8} «{r['span']}»")
