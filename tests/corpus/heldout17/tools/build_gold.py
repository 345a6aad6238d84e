import json, sys, importlib, glob, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold_parts'))
import gold_lib
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold_parts', 'k*.py'))):
    importlib.import_module(os.path.basename(p)[:-3])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for r in gold_lib.ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(gold_lib.ROWS), "lines")
