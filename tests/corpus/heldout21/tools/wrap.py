import textwrap,sys
src,dst=sys.argv[1],sys.argv[2]
s=open(src).read()
parts=s.split('---\n',2)
fm,body=parts[1],parts[2]
out=[textwrap.fill(p.replace('\n',' '),70,break_on_hyphens=False,break_long_words=False) for p in body.split('\n\n')]
open(dst,'w').write('---\n'+fm+'---\n'+'\n\n'.join(out).rstrip()+'\n')
