# The pictures next to results.md, drawn by gnuplot from the .dat files the scenarios wrote.

plot() {
  gnuplot -e "set terminal pngcairo size 800,480 font ',10'; set output '$out/$1.png'; set grid; set key top left; $2" ||
    say "bench/run: gnuplot could not draw $1.png"
}

# Columns of a .dat file whose first row names them: one line per column after the first.
columns() { awk 'NR == 1 { for (i = 2; i <= NF; i++) printf "%s\"%s\" using %d:xtic(1) with linespoints lw 2 title \"%s\"", (i > 2 ? ", " : ""), f, i, $i }' f="$1" "$1"; }

plots() {
  local name
  for name in reads-latency legacy-latency; do
    [ -s "$out/$name.dat" ] || continue
    plot "$name" "set title 'Latency at half load, same rate (${name%-latency})'; set ylabel 'ms'; set logscale y;
      plot $(columns "$out/$name.dat")"
  done
  [ ! -s "$out/slow-upstream.dat" ] || plot slow-upstream "set title 'Gateway in front of a 100 ms upstream (JDK 25, virtual threads)';
    set xlabel 'concurrent callers'; set ylabel 'req/s'; set logscale xy;
    plot '$out/slow-upstream.dat' using 1:3 with lines dt 2 lw 2 title 'ideal (callers / 0.1 s)',
      '' using 1:2 with linespoints lw 2 title 'measured'"
  [ ! -s "$out/fail-fast.dat" ] || plot fail-fast "set title 'Gateway answers per second, model-service killed at 0';
    set xlabel 'second after the kill (requests sent in it)'; set ylabel 'p99 ms'; set logscale y;
    set arrow from 0.5, graph 0 to 0.5, graph 1 nohead dt 3;
    plot '< grep -v 2..N $out/fail-fast.dat' using 1:5 with linespoints lw 2 title 'p99', 20 with lines dt 2 title 'target 20 ms'"
}
