import sys
import numpy as np, scipy.sparse as sp
d = np.loadtxt(sys.argv[1]); f = d[:, 0].astype(np.int64); t = d[:, 1].astype(np.int64); w = d[:, 2]
n = int(max(f.max(), t.max())) + 1
m = sp.csr_matrix((w, (t, f)), shape=(n, n)); b = np.zeros(n); b[0] = 1; x = b.copy()
while True:
    y = b + m @ x; dd = np.abs(y - x); x = y
    if np.all(dd <= 1e-12 * np.abs(x)):
        break
print(len(x), x[0])
