#!/usr/bin/perl
use strict;
use warnings;
use Test::More;
use FindBin;
use lib "$FindBin::Bin/../lib";

use_ok('Config::Tiny::Sections');

my $ini = <<'INI';
; global
Name = demo

[database]
Host = db.internal
Port: 5432
Password = "s3cret value"

[paths]
home = ${HOME}/demo
INI

local $ENV{HOME} = '/home/tester';
my $cfg = Config::Tiny::Sections->new->read_string($ini);

is($cfg->get('_', 'name'), 'demo', 'key before first section goes to _');
is($cfg->get('database', 'host'), 'db.internal', 'keys are lowercased');
is($cfg->get('database', 'port'), 5432, 'colon separator works');
is($cfg->get('database', 'password'), 's3cret value', 'quotes are stripped');
is($cfg->get('paths', 'home'), '/home/tester/demo', 'env vars are expanded');
is($cfg->get('paths', 'missing', 'fallback'), 'fallback', 'default for missing key');
is_deeply([ $cfg->sections ], [qw(database paths)], 'sections listed in order');

eval { Config::Tiny::Sections->new->read_string("what is this\n") };
like($@, qr/line 1: cannot parse/, 'garbage line croaks with line number');

subtest 'case preserving mode' => sub {
    my $c = Config::Tiny::Sections->new(lowercase_keys => 0)->read_string("[a]\nMixedCase = 1\n");
    is($c->get('a', 'MixedCase'), 1);
    is($c->get('a', 'mixedcase'), undef);
};

done_testing;
