import json,re,sys,os
W="one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens hundreds thousands several".split()
gold={}
for l in open('gold.jsonl'):
    r=json.loads(l); gold.setdefault(r['doc'],[]).append(r)
for f in sorted(os.listdir('docs')):
    d=f[:-4]; t=open('docs/'+f).read()
    spans=[g['span'] for g in gold[d]]
    print('=====',d)
    for m in re.finditer(r"\b(\d[\d,.]*|"+"|".join(W)+r")\b",t,re.I):
        a,b=m.start(),m.end()
        # covered by a span occurrence?
        cov=any(t.find(s)!=-1 and any(o<=a<o+len(s) for o in [mm.start() for mm in re.finditer(re.escape(s),t)]) for s in spans)
        if not cov:
            ctx=t[max(0,a-40):b+40].replace('\n',' ')
            print(f"  {m.group(0):>10} | {ctx}")
