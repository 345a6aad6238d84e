import textwrap, sys
src, dst = sys.argv[1], sys.argv[2]
paras = open(src).read().strip('\n').split('\n\n')
out = '\n\n'.join(textwrap.fill(p, 70, break_on_hyphens=False, break_long_words=False) for p in paras) + '\n'
open(dst, 'w').write(out)
