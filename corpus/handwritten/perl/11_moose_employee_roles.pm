package HR::Role::Payable;
use Moose::Role;

requires 'monthly_pay';

sub annual_pay { $_[0]->monthly_pay * 12 }

package HR::Employee;
use Moose;
use Moose::Util::TypeConstraints;
use DateTime;

with 'HR::Role::Payable';

enum 'HR::Level' => [qw(junior mid senior principal)];

has 'name'   => (is => 'ro', isa => 'Str', required => 1);
has 'level'  => (is => 'rw', isa => 'HR::Level', default => 'junior');
has 'salary' => (is => 'rw', isa => 'Num', required => 1);
has 'hired'  => (is => 'ro', isa => 'DateTime', default => sub { DateTime->now });
has 'skills' => (
    traits  => ['Array'],
    is      => 'ro',
    isa     => 'ArrayRef[Str]',
    default => sub { [] },
    handles => {
        add_skill   => 'push',
        skill_count => 'count',
        has_skills  => 'count',
    },
);

sub monthly_pay { $_[0]->salary / 12 }

sub years_of_service {
    my $self = shift;
    return DateTime->now->subtract_datetime($self->hired)->in_units('years');
}

sub promote {
    my $self = shift;
    my @levels = qw(junior mid senior principal);
    my ($i) = grep { $levels[$_] eq $self->level } 0 .. $#levels;
    return if $i == $#levels;
    $self->level($levels[$i + 1]);
    $self->salary($self->salary * 1.08);
}

around 'salary' => sub {
    my ($orig, $self, @args) = @_;
    return $self->$orig() unless @args;
    die "salary cannot decrease\n" if $args[0] < ($self->$orig() // 0);
    return $self->$orig(@args);
};

__PACKAGE__->meta->make_immutable;

package HR::Contractor;
use Moose;
with 'HR::Role::Payable';

has 'day_rate' => (is => 'ro', isa => 'Num', required => 1);
has 'days_per_month' => (is => 'ro', isa => 'Int', default => 18);

sub monthly_pay { $_[0]->day_rate * $_[0]->days_per_month }

__PACKAGE__->meta->make_immutable;

1;
