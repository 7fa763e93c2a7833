#!/usr/bin/perl
use strict;
use warnings;

my %todo;
my $file = "$ENV{HOME}/.todo";

my %commands;
%commands = (
    add  => sub { my $id = 1 + (sort { $b <=> $a } keys %todo, 0)[0]; $todo{$id} = "@_"; print "added #$id\n" },
    done => sub { delete $todo{$_} ? print "removed #$_\n" : warn "no #$_\n" for @_ },
    list => sub { printf "%3d  %s\n", $_, $todo{$_} for sort { $a <=> $b } keys %todo },
    help => sub { print "commands: ", join(', ', sort keys %commands), "\n" },
);

if (open my $in, '<', $file) {
    while (<$in>) { chomp; my ($id, $text) = split /\t/, $_, 2; $todo{$id} = $text }
}

my $cmd = shift // 'list';
my $handler = $commands{$cmd} or die "unknown command '$cmd'\n";
$handler->(@ARGV);

open my $out, '>', $file or die "$file: $!";
print {$out} "$_\t$todo{$_}\n" for sort { $a <=> $b } keys %todo;
