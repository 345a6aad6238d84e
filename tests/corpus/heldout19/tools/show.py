import json,sys
d=sys.argv[1]
print(open(f'docs/{d}.txt').read())
for l in open('gold.jsonl'):
    g=json.loads(l)
    if g['doc']==d:
        n=g['value'] if g['value'] is not None else (f"{g['low']}-{g['high']}" if g['low'] else 'VAGUE')
        print(f"{g['category']:9} {n!s:>8} {g['qualifier']:11} side={g['side']} | cl={g['claimant']} | src={g['source']} | {g['scope']}/{g['force']} | «{g['span']}»")
