#!/usr/bin/env python3
"""Groups for cross-validating the scraped-page chrome classifier by site and by converter.

Usage: scripts/scraped-groups.py OUT_DIR
Reads ../shared/data/dev/scraped/pages and the source HTML in ../shared/data/dev/extraction/html
(same ids) and writes OUT_DIR/sites.json {id: site} (canonical or og:url host; for Wayback copies
the archived host), OUT_DIR/converters.json {id: converter} (html2text / inscriptis / bs4, told
from the text's shape) and OUT_DIR/titles.json {id: {"title", "og"}} for judging headlines.
"""
import gzip,re,json,os,html,sys
from urllib.parse import urlparse
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','shared','data','dev')
H=os.path.join(ROOT,'extraction','html')
P=os.path.join(ROOT,'scraped','pages')
OUT=sys.argv[1] if len(sys.argv)>1 else '.'
out={}
for f in sorted(os.listdir(P)):
    i=f[:-4]
    try: s=gzip.open(f'{H}/{i}.html.gz').read().decode('utf-8','replace')
    except Exception as e: continue
    host=None
    for pat in [r'<link[^>]*rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', r'<link[^>]*href=["\']([^"\']+)["\'][^>]*rel=["\']canonical', r'property=["\']og:url["\'][^>]*content=["\']([^"\']+)', r'content=["\']([^"\']+)["\'][^>]*property=["\']og:url']:
        m=re.search(pat,s,re.I)
        if m and m.group(1).startswith('http'): host=urlparse(m.group(1)).netloc.lower(); break
    if host and 'archive.org' in host:
        m=re.search(r'/web/\d+[a-z_]*/(https?://)?([^/"\']+)', s) 
        host=m.group(2).lower() if m else host
    if host and host.startswith('www.'): host=host[4:]
    alias={'fncstatic.com':'foxnews.com','trbimg.com':'latimes.com','arstechnica.net':'arstechnica.com','bbc.co.uk':'bbc.com','bbci.co.uk':'bbc.com'}
    if host:
        for k,v in alias.items():
            if host.endswith(k): host=v
    if host:
        parts=host.split('.'); host='.'.join(parts[-3:]) if parts[-2] in ('co','com','org','net','ac') and len(parts)>=3 else '.'.join(parts[-2:])
    t=re.search(r'<title[^>]*>(.*?)</title>',s,re.I|re.S)
    og=None
    for pat in [r'<meta[^>]*property=["\']og:title["\'][^>]*content=("[^"]*"|\'[^\']*\')',
                r'<meta[^>]*content=("[^"]*"|\'[^\']*\')[^>]*property=["\']og:title']:
        m=re.search(pat,s,re.I)
        if m: og=html.unescape(m.group(1)[1:-1]).strip(); break
    txt=open(f'{P}/{f}',encoding='utf-8',errors='replace').read()
    lay=len(re.findall(r'\S {4,}\S',txt))+len(re.findall(r'^ {6,}\S',txt,re.M))
    md=len(re.findall(r'^(#+ |  \* )',txt,re.M))
    conv='inscriptis' if lay>=8 and lay>md else ('html2text' if md>=1 or '](' in txt else 'bs4')
    out[i]={'site':host or 'unknown-'+i,'title':html.unescape(t.group(1)).strip() if t else None,'og':og,'conv':conv}
json.dump({k:v['site'] for k,v in out.items()},open(os.path.join(OUT,'sites.json'),'w'),indent=0)
json.dump({k:v['conv'] for k,v in out.items()},open(os.path.join(OUT,'converters.json'),'w'),indent=0)
json.dump({k:{'title':v['title'],'og':v['og']} for k,v in out.items()},open(os.path.join(OUT,'titles.json'),'w'),indent=0)
from collections import Counter
print(Counter(v['conv'] for v in out.values()))
c=Counter(v['site'] for v in out.values()); print(len(c), c.most_common(15))
