my %by_team;
push @{ $by_team{ $_->{team} } }, $_->{name} for @players;
for my $team (sort keys %by_team) {
    printf "%-10s %s\n", $team, join(', ', sort @{ $by_team{$team} });
}
