#!/usr/bin/perl
use strict;
use warnings;

package Shape;
sub new {
    my ($class, %args) = @_;
    my $self = bless { name => $args{name} // lc $class }, $class;
    $self->init(%args);
    return $self;
}
sub init {}
sub area { die ref(shift) . " must implement area\n" }
sub describe {
    my $self = shift;
    return sprintf '%-10s area=%8.2f', $self->{name}, $self->area;
}

package Circle;
use parent -norequire, 'Shape';
use constant PI => 4 * atan2(1, 1);
sub init { my ($self, %a) = @_; $self->{r} = $a{r} }
sub area { PI * $_[0]{r} ** 2 }

package Rect;
use parent -norequire, 'Shape';
sub init { my ($self, %a) = @_; @$self{qw(w h)} = @a{qw(w h)} }
sub area { $_[0]{w} * $_[0]{h} }

package Square;
use parent -norequire, 'Rect';
sub init { my ($self, %a) = @_; $self->SUPER::init(w => $a{side}, h => $a{side}) }

package main;

my @shapes = (
    Circle->new(r => 1.5),
    Rect->new(w => 3, h => 4, name => 'door'),
    Square->new(side => 2.5),
);

print $_->describe, "\n" for sort { $a->area <=> $b->area } @shapes;
printf "%d shapes are rectangles\n", scalar grep { $_->isa('Rect') } @shapes;
