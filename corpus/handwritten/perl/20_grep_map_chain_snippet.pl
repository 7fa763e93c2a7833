my @emails = map  { lc }
             grep { /\@example\.(?:com|org)$/i }
             map  { /<([^>]+)>/ ? $1 : $_ }
             split /\s*,\s*/, $header;
my %seen;
@emails = grep { !$seen{$_}++ } @emails;
