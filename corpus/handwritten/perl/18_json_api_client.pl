#!/usr/bin/env perl
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(decode_json encode_json);

# Lists open issues with a given label from a (made-up) tracker API.

my $base  = $ENV{TRACKER_URL} // 'https://tracker.example.com/api/v2';
my $token = $ENV{TRACKER_TOKEN} or die "TRACKER_TOKEN not set\n";
my $label = shift // 'bug';

my $http = HTTP::Tiny->new(
    agent   => 'issue-lister/0.2',
    timeout => 15,
    default_headers => {
        Authorization => "Bearer $token",
        Accept        => 'application/json',
    },
);

my @issues;
my $url = "$base/issues?state=open&label=" . $http->www_form_urlencode({ l => $label }) =~ s/^l=//r;
while ($url) {
    my $res = $http->get($url);
    die "GET $url failed: $res->{status} $res->{reason}\n" unless $res->{success};
    my $page = decode_json($res->{content});
    push @issues, @{ $page->{items} };
    $url = $page->{next};
}

@issues = sort { $b->{priority} <=> $a->{priority} or $a->{id} <=> $b->{id} } @issues;

for my $i (@issues) {
    my $assignee = $i->{assignee} ? $i->{assignee}{login} : '-';
    printf "#%-6d P%d  %-12s %s\n", $i->{id}, $i->{priority}, $assignee, $i->{title};
}
printf "\n%d open '%s' issues\n", scalar @issues, $label;

if ($ENV{DUMP_JSON}) {
    print encode_json([ map { { id => $_->{id}, title => $_->{title} } } @issues ]), "\n";
}
