import json,re,sys,os
rows=[json.loads(l) for l in open('gold.jsonl')]
NUMW=r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozens?|hundreds|thousands|several|half|third|quarter)\b)"
for f in sorted(os.listdir('docs')):
    d=f[:-4]
    if len(sys.argv)>1 and not d.startswith(sys.argv[1]): continue
    t=open('docs/'+f).read()
    print('=====',d)
    for r in rows:
        if r['doc']==d:
            print('  G', r['category'], r['value'] if r['value'] is not None else (r['low'],r['high']), r['qualifier'], '|', r['span'], '|', r['side'], '|', r['claimant'], '|', r['scope'], r['force'])
    for i,line in enumerate(t.split('\n')):
        for m in re.finditer(r"\d[\d,\. ]*\d|\d|"+NUMW, line, re.I):
            s=max(0,m.start()-40); e=min(len(line),m.end()+40)
            print('   N', repr(line[s:e]))
