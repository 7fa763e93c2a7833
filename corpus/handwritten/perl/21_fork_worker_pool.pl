#!/usr/bin/env perl
use strict;
use warnings;
use POSIX ':sys_wait_h';

# Runs shell commands from a file, at most N in parallel.
# usage: parallel_run.pl -j 4 commands.txt

my $jobs = 2;
if (@ARGV >= 2 && $ARGV[0] eq '-j') { shift; $jobs = shift }

my @queue = grep { /\S/ && !/^\s*#/ } <>;
chomp @queue;

my %running;     # pid => command
my %status;      # command => exit code

sub reap {
    my ($block) = @_;
    while ((my $pid = waitpid(-1, $block ? 0 : WNOHANG)) > 0) {
        my $cmd = delete $running{$pid};
        $status{$cmd} = $? >> 8;
        printf STDERR "[done %5d] rc=%d  %s\n", $pid, $status{$cmd}, $cmd;
        last if $block;
    }
}

while (@queue || %running) {
    while (@queue && keys(%running) < $jobs) {
        my $cmd = shift @queue;
        my $pid = fork // die "fork: $!";
        if ($pid == 0) {
            exec '/bin/sh', '-c', $cmd or die "exec: $!";
        }
        $running{$pid} = $cmd;
        printf STDERR "[start %4d] %s\n", $pid, $cmd;
    }
    reap(1) if %running;
}

my @failed = grep { $status{$_} } sort keys %status;
print "failed:\n", map { "  $_\n" } @failed if @failed;
exit(@failed ? 1 : 0);
