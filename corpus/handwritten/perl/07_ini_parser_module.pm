package Config::Tiny::Sections;

use strict;
use warnings;
use Carp ();

our $VERSION = '0.03';

# Parses a simple INI file into { section => { key => value } }.
# Keys before the first [section] go into the "_" section.

sub new {
    my ($class, %opt) = @_;
    return bless {
        lowercase_keys => $opt{lowercase_keys} // 1,
        data           => {},
    }, $class;
}

sub read_file {
    my ($self, $path) = @_;
    open my $fh, '<:encoding(UTF-8)', $path
        or Carp::croak("Cannot open $path: $!");
    local $/;
    my $text = <$fh>;
    close $fh;
    return $self->read_string($text, $path);
}

sub read_string {
    my ($self, $text, $source) = @_;
    $source //= 'string';
    my $section = '_';
    my $lineno  = 0;

    for my $line (split /\r?\n/, $text) {
        $lineno++;
        next if $line =~ /^\s*(?:[#;]|$)/;

        if ($line =~ /^\s*\[\s*([^\]]+?)\s*\]\s*$/) {
            $section = $1;
            $self->{data}{$section} //= {};
            next;
        }
        if ($line =~ /^\s*([^=:]+?)\s*[=:]\s*(.*?)\s*$/) {
            my ($k, $v) = ($1, $2);
            $k = lc $k if $self->{lowercase_keys};
            $v =~ s/^"(.*)"$/$1/;
            $v =~ s/\$\{(\w+)\}/$ENV{$1} \/\/ ''/ge;
            $self->{data}{$section}{$k} = $v;
            next;
        }
        Carp::croak("$source line $lineno: cannot parse '$line'");
    }
    return $self;
}

sub get {
    my ($self, $section, $key, $default) = @_;
    my $s = $self->{data}{$section} or return $default;
    return exists $s->{$key} ? $s->{$key} : $default;
}

sub sections { sort grep { $_ ne '_' } keys %{ $_[0]{data} } }

1;
