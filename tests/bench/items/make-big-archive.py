#!/usr/bin/env python3
# A ~1 GiB data-export ZIP for the items memory check (issue 15): 3,000,000 comments (Comments.csv,
# Date,Link,Message, deflated) and a stored messages.csv filler so the archive itself passes 1 GiB.
import random, sys, zipfile, datetime
# usage: make-big-archive.py OUT.zip  (about 1.17 GiB on disk, 14 s)
path = sys.argv[1]
r = random.Random(15)
words = "data model team launch growth design review cloud office product insight network learning".split()
t0 = datetime.datetime(2019, 1, 1)
texts = [" ".join(r.choice(words) for _ in range(r.randint(25, 45))) for _ in range(5000)]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    with z.open("Comments.csv", "w") as f:
        f.write(b"Date,Link,Message\n")
        buf = []
        for i in range(3_000_000):
            t = t0 + datetime.timedelta(seconds=i * 80)
            buf.append(f'{t:%Y-%m-%d %H:%M:%S},https://www.linkedin.com/feed/update/urn:li:activity:{7000000000000000000 + i}/,"{texts[i % 5000]} {i}"\n')
            if len(buf) == 10000:
                f.write("".join(buf).encode()); buf = []
        f.write("".join(buf).encode())
    zi = zipfile.ZipInfo("messages.csv", date_time=(2026, 12, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_STORED
    with z.open(zi, "w", force_zip64=True) as f:
        f.write(b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n")
        body = " ".join(r.choice(words) for _ in range(70))
        rows = "".join(f'2-{i:x},,Robin Example,,Sam Sample,,2024-06-18 11:59:53 UTC,,"{body}",INBOX\n' for i in range(10000)).encode()
        for _ in range(200):
            f.write(rows)
