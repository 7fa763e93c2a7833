#!/usr/bin/env perl
use strict;
use warnings;
use IO::Socket::INET;
use Time::HiRes qw(time);

# Checks a list of host:port pairs read from a file or the command line.

my @targets = @ARGV ? @ARGV : map { chomp; $_ } grep { /\S/ && !/^#/ } <DATA>;
my $timeout = $ENV{TIMEOUT} // 2;
my $failed = 0;

for my $t (@targets) {
    my ($host, $port) = split /:/, $t, 2;
    unless ($host && $port && $port =~ /^\d+$/) {
        warn "skipping malformed target '$t'\n";
        next;
    }
    my $start = time;
    my $sock = IO::Socket::INET->new(
        PeerAddr => $host,
        PeerPort => $port,
        Proto    => 'tcp',
        Timeout  => $timeout,
    );
    my $ms = (time - $start) * 1000;
    if ($sock) {
        printf "%-30s open    %6.1f ms\n", $t, $ms;
        close $sock;
    } else {
        printf "%-30s CLOSED  (%s)\n", $t, $! || 'timeout';
        $failed++;
    }
}
exit($failed ? 1 : 0);

__DATA__
# default targets
localhost:22
localhost:5432
localhost:6379
