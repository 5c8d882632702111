#!/usr/bin/env python3
# How fine the file system stamps mtimes here, and how far a stamp lags the clock read just
# before the write (see benches/README.md, "A save without the settle wait"). Usage: DIR
import os, time, tempfile, sys
d = sys.argv[1] if len(sys.argv)>1 else tempfile.gettempdir()
p = os.path.join(d, ".gran-test")
fd = os.open(p, os.O_WRONLY|os.O_CREAT|os.O_TRUNC)
stamps=[]; lags=[]
end=time.time()+0.3
while time.time()<end:
    t=time.time_ns()
    os.pwrite(fd,b"x",0)
    m=os.fstat(fd).st_mtime_ns
    lags.append(t-m)
    if not stamps or stamps[-1]!=m: stamps.append(m)
os.close(fd); os.unlink(p)
diffs=[b-a for a,b in zip(stamps,stamps[1:])]
print(d, "distinct", len(stamps), "min step ms", min(diffs)/1e6 if diffs else None, "median step", sorted(diffs)[len(diffs)//2]/1e6 if diffs else None, "max lag ms (clock - mtime)", max(lags)/1e6, "min lag", min(lags)/1e6, "nsec sample", stamps[-1]%10**9)
