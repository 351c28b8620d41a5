"""Prints the median wall time and mean user CPU time of each hyperfine JSON export, and gd / hand-loop ratios."""
import json, statistics, sys

for name in sys.argv[2:]:
    results = json.load(open(f"{sys.argv[1]}/{name}.json"))["results"]
    for r in results:
        print(f"  {r['command'][:60]:<60} median {r['median'] * 1000:8.1f} ms   user {r['user'] * 1000:8.1f} ms")
    if len(results) == 2:
        print(f"  {'ratio (second / first)':<60} {results[1]['median'] / results[0]['median']:8.2f}x wall"
              f"   {results[1]['user'] / results[0]['user']:5.2f}x user")
