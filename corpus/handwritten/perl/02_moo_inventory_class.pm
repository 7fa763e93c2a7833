package Shop::Inventory;

use Moo;
use Types::Standard qw(HashRef Int Str);
use Carp qw(croak);
use namespace::clean;

has name => (
    is       => 'ro',
    isa      => Str,
    required => 1,
);

has low_stock_threshold => (
    is      => 'rw',
    isa     => Int,
    default => 5,
);

has _stock => (
    is      => 'ro',
    isa     => HashRef[Int],
    default => sub { {} },
    init_arg => undef,
);

has on_low_stock => (
    is        => 'rw',
    predicate => 'has_low_stock_handler',
);

sub add {
    my ($self, $sku, $qty) = @_;
    croak "quantity must be positive" unless $qty && $qty > 0;
    $self->_stock->{$sku} += $qty;
    return $self->_stock->{$sku};
}

sub remove {
    my ($self, $sku, $qty) = @_;
    my $have = $self->_stock->{$sku} // 0;
    croak "not enough $sku in stock ($have < $qty)" if $have < $qty;
    my $left = $self->_stock->{$sku} = $have - $qty;
    if ($left <= $self->low_stock_threshold && $self->has_low_stock_handler) {
        $self->on_low_stock->($self, $sku, $left);
    }
    delete $self->_stock->{$sku} if $left == 0;
    return $left;
}

sub quantity { $_[0]->_stock->{ $_[1] } // 0 }

sub skus { sort keys %{ $_[0]->_stock } }

sub total_items {
    my $self = shift;
    my $n = 0;
    $n += $_ for values %{ $self->_stock };
    return $n;
}

sub BUILD {
    my ($self, $args) = @_;
    if (my $initial = $args->{initial}) {
        $self->add($_, $initial->{$_}) for keys %$initial;
    }
}

1;

__END__

=head1 NAME

Shop::Inventory - in-memory stock levels with a low-stock callback

=head1 SYNOPSIS

    my $inv = Shop::Inventory->new(
        name         => 'Main street',
        initial      => { 'MUG-01' => 12 },
        on_low_stock => sub { my ($inv, $sku, $left) = @_; warn "$sku: $left left\n" },
    );
    $inv->remove('MUG-01', 8);

=cut
