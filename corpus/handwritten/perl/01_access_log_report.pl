#!/usr/bin/env perl
use strict;
use warnings;
use Getopt::Long qw(GetOptions);
use List::Util qw(sum max);
use POSIX qw(strftime);

# Summarise an nginx/apache "combined" access log.
#   access_report.pl --top 15 /var/log/nginx/access.log

my $top   = 10;
my $since;
GetOptions(
    'top=i'   => \$top,
    'since=s' => \$since,   # YYYY-MM-DD
) or die "usage: $0 [--top N] [--since DATE] FILE...\n";

my %month = (Jan=>1, Feb=>2, Mar=>3, Apr=>4, May=>5, Jun=>6,
             Jul=>7, Aug=>8, Sep=>9, Oct=>10, Nov=>11, Dec=>12);

my $line_re = qr{
    ^(?<ip>\S+) \s+ \S+ \s+ (?<user>\S+) \s+
    \[(?<day>\d{2})/(?<mon>\w{3})/(?<year>\d{4}):(?<time>[\d:]+) \s [^\]]+\] \s+
    "(?<method>[A-Z]+) \s (?<path>\S+) \s [^"]*" \s+
    (?<status>\d{3}) \s+ (?<bytes>\d+|-)
    (?: \s+ "(?<referer>[^"]*)" \s+ "(?<agent>[^"]*)" )?
}x;

my (%by_path, %by_status, %by_ip, %bytes_by_day);
my ($total, $bad) = (0, 0);

while (my $line = <>) {
    unless ($line =~ $line_re) {
        $bad++;
        next;
    }
    my %f = %+;
    my $date = sprintf '%04d-%02d-%02d', $f{year}, $month{$f{mon}}, $f{day};
    next if defined $since && $date lt $since;

    (my $path = $f{path}) =~ s/\?.*//;       # drop query strings
    $path =~ s{/\d+(?=/|$)}{/:id}g;          # collapse numeric ids

    $total++;
    $by_path{"$f{method} $path"}++;
    $by_status{$f{status}}++;
    $by_ip{$f{ip}}++;
    $bytes_by_day{$date} += $f{bytes} eq '-' ? 0 : $f{bytes};
}

die "no matching lines\n" unless $total;

printf "%d requests, %d unparsable lines\n\n", $total, $bad;

print "Status codes:\n";
for my $s (sort keys %by_status) {
    printf "  %s  %7d  %5.1f%%\n", $s, $by_status{$s}, 100 * $by_status{$s} / $total;
}

print "\nTop $top endpoints:\n";
my @paths = (sort { $by_path{$b} <=> $by_path{$a} || $a cmp $b } keys %by_path)[0 .. $top - 1];
my $w = max map { length } grep { defined } @paths;
printf "  %-*s %7d\n", $w, $_, $by_path{$_} for grep { defined } @paths;

print "\nTop clients:\n";
my @ips = sort { $by_ip{$b} <=> $by_ip{$a} } keys %by_ip;
printf "  %-40s %7d\n", $_, $by_ip{$_} for @ips[0 .. ($#ips < 4 ? $#ips : 4)];

print "\nTraffic per day:\n";
for my $d (sort keys %bytes_by_day) {
    printf "  %s  %8.1f MiB\n", $d, $bytes_by_day{$d} / 1024 / 1024;
}
printf "\nreport generated %s, %.1f MiB total\n",
    strftime('%Y-%m-%d %H:%M', localtime), sum(values %bytes_by_day) / 1024 / 1024;
