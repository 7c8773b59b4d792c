#!/usr/bin/env python3
"""Writes the labor-rights pair repeated to about N MB (both files together), parts
renumbered as Repeat in bench/compare_bench.cpp does: repeat_pair.py N OUT_PREFIX."""
import os
import sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")


def roman(n):
    out=''
    for v,t in [(1000,'M'),(900,'CM'),(500,'D'),(400,'CD'),(100,'C'),(90,'XC'),(50,'L'),(40,'XL'),(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]:
        while n>=v: out+=t; n-=v
    return out
def cn(n):
    d="零一二三四五六七八九"; u=["千","百","十",""]; out=""; div=1000; zero=False
    for k in range(4):
        x=n//div%10; div//=10
        if x==0: zero = out!=""; continue
        if zero: out+=d[0]; zero=False
        if not (x==1 and k==2 and out==""): out+=d[x]
        out+=u[k]
    return out
def repeat(text, copies, chinese):
    zh=["一、","二、","三、","四、","五、","六、"]; en=["I. ","II. ","III. ","IV. ","V. ","VI. "]
    fp = "\n一、" if chinese else "\nI. "
    if chinese: body=text.find(fp)
    else: body=text.find(fp, text.find("\nPreface", text.find("\nPreface")+1))
    bt = text if body<0 else text[body+1:]
    out=[text]
    for c in range(1,copies):
        copy="\n"+bt
        for part in range(6):
            frm="\n"+(zh[part] if chinese else en[part]); num=c*6+part+1
            to="\n"+(cn(num)+"、" if chinese else roman(num)+". ")
            copy=copy.replace(frm,to)
        out.append(copy)
    return "".join(out)
target=int(sys.argv[1])*1000000
zh=open(CORPUS + '/labor-rights-2020.zh.txt').read(); en=open(CORPUS + '/labor-rights-2020.en.txt').read()
per=len(zh.encode())+len(en.encode()); copies=max(1,round(target/per))
open(f'{sys.argv[2]}.zh.txt','w').write(repeat(zh,copies,True))
open(f'{sys.argv[2]}.en.txt','w').write(repeat(en,copies,False))
print(copies)
