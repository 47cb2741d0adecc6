"""Batch translation at corpus scale, every figure a ratio against a baseline measured in the same run.

    .venv/bin/python bench/scale.py [--base-files 100] [--ttfo-files 1000] [--model FILE.argosmodel]

Each measurement runs `glossary translate` as a user would (a subprocess), on news documents made
from ../shared/mtdata/newstest (distinct sentences, a few per file):

1. Peak memory at 1×, 4× and 16× a base corpus, streaming (default chunks) against the in-memory
   path of glossary 0.1 (one chunk holding every document: `--chunk-tokens` larger than the corpus).
   The translation memory is filled first, so both measure what the pipeline holds, not decoding.
   1b. The same for one big text file (--big-mb and 4× that): streamed in pieces against read whole.
2. Throughput on the same files: in-process engine, `--workers 1`, `--workers 2` (LocalCluster),
   wall time including the cluster's start; and the per-worker rate → K machines × C cores.
3. Resume: a run killed (SIGKILL) at about half the corpus, then rerun: rerun time / full run time.
4. Time to the first output file on a corpus of --ttfo-files files / that run's full time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSTEST = ROOT.parent / "shared" / "mtdata" / "newstest"
MADE = ("glossary-run.jsonl", "glossary-manifest.sqlite")


def sentences() -> list[str]:
    lines: list[str] = []
    for year in range(2014, 2021):
        lines += (NEWSTEST / f"newstest{year}.de").read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(line for line in lines if line.strip()))


def corpus(folder: Path, files: int, lines: int, pool: list[str], offset: int = 0) -> Path:
    for i in range(files):
        sub = folder / f"part{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        start = (offset + i * lines) % (len(pool) - lines)
        (sub / f"doc{i:05d}.txt").write_text("\n".join(pool[start : start + lines]) + "\n", encoding="utf-8")
    return folder


def copies(base: Path, folder: Path, k: int) -> Path:
    """k× the base corpus: the same documents in k folders (the memory serves their sentences)."""
    for j in range(k):
        shutil.copytree(base, folder / f"copy{j:02d}")
    return folder


WHOLE_FILE = (
    "import sys, glossary.translate as t; t.STREAM_BYTES = 1 << 62; from glossary.cli import main; sys.exit(main())"
)


def translate(src: Path, out: Path, *extra: str, first_output: bool = False, kill_at: int = 0, whole: bool = False):
    """(seconds, peak RSS in MB, seconds to the first output file or None); kill_at: SIGKILL after that many files;
    whole: every file read whole, as before big files streamed."""
    start_cmd = [sys.executable, "-c", WHOLE_FILE] if whole else [sys.executable, "-m", "glossary"]
    cmd = [*start_cmd, "translate", str(src), "-o", str(out), "-q", *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    first = None
    while (first_output or kill_at) and proc.poll() is None:
        written = sum(1 for p in out.rglob("*.txt")) if out.exists() else 0
        if written and first is None:
            first = time.perf_counter() - start
            if not kill_at:
                break
        if kill_at and written >= kill_at:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02 if first is None else 0.2)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = status
    seconds = time.perf_counter() - start
    if status != 0 and not kill_at:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-files", type=int, default=100, help="files of the 1× corpus (20 sentences each)")
    parser.add_argument("--throughput-files", type=int, default=400, help="files for the throughput runs (8 lines)")
    parser.add_argument("--ttfo-files", type=int, default=1000, help="files for time to first output (8 lines)")
    parser.add_argument("--big-mb", type=int, default=12, help="size of the 1× big text file in MB (4× too)")
    parser.add_argument("--only-memory", action="store_true", help="only the peak-memory measurements (1 and 1b)")
    parser.add_argument("--model", help="install this .argosmodel into a temporary package folder first")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    if args.model:
        os.environ["ARGOS_PACKAGES_DIR"] = str(work / "argos")
        subprocess.run([sys.executable, "-m", "glossary", "models", "install", args.model], check=True, cwd=ROOT)
    pool = sentences()
    print(f"{len(pool)} distinct newstest sentences; cores: {os.cpu_count()}; work in {work}")

    # 1. peak memory, streaming against one chunk
    base = corpus(work / "base", args.base_files, 20, pool)
    memory = work / "tm.sqlite"
    translate(base, work / "prefill", "--memory", str(memory))
    print("\npeak RSS (MB), translation memory warm       streaming   one chunk (0.1)")
    peaks: dict[str, dict[int, float]] = {"streaming": {}, "one chunk": {}}
    for k in (1, 4, 16):
        src = copies(base, work / f"x{k}", k)
        for name, extra in (("streaming", ()), ("one chunk", ("--chunk-tokens", str(10**12)))):
            tm = work / f"tm-{k}-{name[0]}.sqlite"
            shutil.copy(memory, tm)
            _, rss, _ = translate(src, work / f"out-x{k}-{name[0]}", "--memory", str(tm), *extra)
            peaks[name][k] = rss
        size = sum(p.stat().st_size for p in src.rglob("*.txt")) / 1e6
        print(f"  {k:>2}× ({k * args.base_files} files, {size:.1f} MB)".ljust(44)
              + f"{peaks['streaming'][k]:>9.0f}   {peaks['one chunk'][k]:>9.0f}")  # fmt: skip
    for name, peak in peaks.items():
        print(f"  {name}: 16×/1× = {peak[16] / peak[1]:.2f}" + ("   (target ≤ 1.3)" if name == "streaming" else ""))

    # 1b. one big text file, streamed in pieces against read whole
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(base.rglob("*.txt")))
    print("\npeak RSS (MB), one big text file, memory warm  streaming   read whole")
    big_peaks: dict[str, dict[int, float]] = {"streaming": {}, "read whole": {}}
    for k in (1, 4):
        folder = work / f"big{k}"
        folder.mkdir()
        big = folder / "big.txt"
        with open(big, "w", encoding="utf-8") as handle:
            while handle.tell() < k * args.big_mb * 1_000_000:
                handle.write(text)
        for name in big_peaks:
            tm = work / f"tm-big{k}-{name[0]}.sqlite"
            shutil.copy(memory, tm)
            _, rss, _ = translate(
                folder, work / f"out-big{k}-{name[0]}", "--memory", str(tm), whole=name == "read whole"
            )
            big_peaks[name][k] = rss
        print(f"  {k}× ({big.stat().st_size / 1e6:.0f} MB)".ljust(44)
              + f"{big_peaks['streaming'][k]:>9.0f}   {big_peaks['read whole'][k]:>9.0f}")  # fmt: skip
    for name, peak in big_peaks.items():
        print(f"  {name}: 4×/1× = {peak[4] / peak[1]:.2f}" + ("   (flat: ≤ 1.3)" if name == "streaming" else ""))
    if args.only_memory:
        return

    # 2. throughput
    src = corpus(work / "throughput", args.throughput_files, 8, pool, offset=3000)
    n = args.throughput_files * 8
    print(f"\nthroughput, {args.throughput_files} files, about {n} sentences, no memory")
    timing = {}
    for name, extra in (("in-process", ()), ("--workers 1", ("--workers", "1")), ("--workers 2", ("--workers", "2"))):
        seconds, _, _ = translate(src, work / f"tp-{name[-1]}", "--no-memory", *extra)
        timing[name] = seconds
        print(f"  {name:<12} {seconds:6.1f} s  {n / seconds:6.1f} sentences/s  "
              f"{timing['in-process'] / seconds:.2f}× in-process")  # fmt: skip
    per_worker = n / timing["--workers 1"]
    cores = os.cpu_count() or 1
    print(f"  one worker process with {cores} core(s): {per_worker:.1f} sentences/s; K machines × C cores ≈ "
          f"K × C / {cores} × {per_worker:.1f} sentences/s")  # fmt: skip

    # 3. resume after a kill at about half
    src = corpus(work / "resume", args.throughput_files, 8, pool, offset=9000)
    full, _, _ = translate(src, work / "resume-full", "--no-memory")
    out, tm = work / "resume-out", work / "resume-tm.sqlite"
    translate(src, out, "--memory", str(tm), kill_at=args.throughput_files // 2)
    rerun, _, _ = translate(src, out, "--memory", str(tm))
    print(f"\nresume: full run {full:.1f} s; rerun after a kill at half {rerun:.1f} s = {rerun / full:.2f}× "
          "(target ≤ 0.6)")  # fmt: skip

    # 4. time to first output
    src = corpus(work / "ttfo", args.ttfo_files, 8, pool, offset=1000)
    whole, _, first = translate(src, work / "ttfo-out", "--no-memory", first_output=True)
    print(f"\ntime to first output, {args.ttfo_files} files: {first:.1f} s of {whole:.1f} s = {first / whole:.3f} "
          "(target ≤ 0.05)")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
