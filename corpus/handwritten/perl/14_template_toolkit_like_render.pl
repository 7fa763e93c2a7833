#!/usr/bin/perl
use strict;
use warnings;

# A deliberately tiny template engine: {{ var }}, {{ var | upper }},
# {{#each list}} ... {{/each}} and {{#if flag}} ... {{/if}}.

my %filters = (
    upper => sub { uc shift },
    lower => sub { lc shift },
    html  => sub { my $s = shift; $s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s =~ s/>/&gt;/g; $s },
    money => sub { sprintf '%.2f', shift },
);

sub lookup {
    my ($ctx, $path) = @_;
    my $v = $ctx;
    for my $part (split /\./, $path) {
        return '' unless ref $v eq 'HASH' && exists $v->{$part};
        $v = $v->{$part};
    }
    return $v;
}

sub render {
    my ($tpl, $ctx) = @_;

    $tpl =~ s{\{\{\#each\s+([\w.]+)\}\}(.*?)\{\{/each\}\}}{
        my ($list, $body) = ($1, $2);
        join '', map { render($body, { %$ctx, this => $_ }) } @{ lookup($ctx, $list) || [] };
    }gse;

    $tpl =~ s{\{\{\#if\s+([\w.]+)\}\}(.*?)\{\{/if\}\}}{
        lookup($ctx, $1) ? render($2, $ctx) : ''
    }gse;

    $tpl =~ s{\{\{\s*([\w.]+)\s*((?:\|\s*\w+\s*)*)\}\}}{
        my ($name, $chain) = ($1, $2);
        my $val = lookup($ctx, $name);
        for my $f ($chain =~ /(\w+)/g) {
            my $code = $filters{$f} or die "unknown filter '$f'\n";
            $val = $code->($val);
        }
        $val;
    }ge;

    return $tpl;
}

my $tpl = <<'TPL';
Invoice for {{ customer.name | upper }}
{{#each lines}}  - {{ this.item | html }}: {{ this.price | money }}
{{/each}}{{#if paid}}Status: PAID
{{/if}}Total: {{ total | money }}
TPL

my $lines = [ { item => 'Widget <large>', price => 12.5 }, { item => 'Gadget & co', price => 3 } ];
my $total = 0;
$total += $_->{price} for @$lines;

print render($tpl, { customer => { name => 'Hanna Berg' }, lines => $lines, paid => 1, total => $total });
