#!/usr/bin/env perl
use v5.36;
use File::Find;
use File::Basename qw(fileparse);
use File::Spec;

# Renames photos to YYYY-MM-DD_HHMMSS.ext using the date in the file name
# (e.g. IMG_20260314_101522.jpg, PXL_20260314_101522123.jpg) or the mtime.

my $dir = shift // '.';
my $dry = grep { $_ eq '-n' } @ARGV;

my @files;
find(sub { push @files, $File::Find::name if -f && /\.(?:jpe?g|png|heic|mp4)$/i }, $dir);

my %taken;
for my $path (sort @files) {
    my ($name, $where, $ext) = fileparse($path, qr/\.[^.]+$/);
    my $stamp;
    if ($name =~ /(20\d\d)(\d\d)(\d\d)[_-]?(\d\d)(\d\d)(\d\d)/) {
        $stamp = "$1-$2-$3_$4$5$6";
    } else {
        my @t = localtime((stat $path)[9]);
        $stamp = sprintf '%04d-%02d-%02d_%02d%02d%02d', $t[5] + 1900, $t[4] + 1, @t[3, 2, 1, 0];
    }
    my $target = File::Spec->catfile($where, $stamp . lc $ext);
    my $n = 1;
    while ($taken{$target} || (-e $target && $target ne $path)) {
        $target = File::Spec->catfile($where, sprintf '%s-%d%s', $stamp, $n++, lc $ext);
    }
    $taken{$target} = 1;
    next if $target eq $path;
    say "$path -> $target";
    rename $path, $target or warn "rename failed: $!\n" unless $dry;
}
