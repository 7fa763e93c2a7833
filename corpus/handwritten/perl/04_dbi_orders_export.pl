#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use Text::CSV;
use Time::Piece;

# Export yesterday's orders from PostgreSQL to CSV.

my $dsn  = $ENV{ORDERS_DSN}  // 'dbi:Pg:dbname=shop;host=localhost';
my $user = $ENV{ORDERS_USER} // 'report';
my $pass = $ENV{ORDERS_PASS} // '';

my $dbh = DBI->connect($dsn, $user, $pass, {
    RaiseError => 1,
    AutoCommit => 1,
    PrintError => 0,
    pg_enable_utf8 => 1,
}) or die $DBI::errstr;

my $day = (localtime() - 86400)->ymd;
my $out = "orders-$day.csv";

my $sth = $dbh->prepare(<<'SQL');
SELECT o.id, o.created_at, c.email, o.status,
       SUM(l.quantity * l.unit_price) AS total
  FROM orders o
  JOIN customers c   ON c.id = o.customer_id
  JOIN order_lines l ON l.order_id = o.id
 WHERE o.created_at::date = ?
 GROUP BY o.id, o.created_at, c.email, o.status
 ORDER BY o.created_at
SQL

$sth->execute($day);

my $csv = Text::CSV->new({ binary => 1, eol => "\n" }) or die Text::CSV->error_diag;
open my $fh, '>:encoding(UTF-8)', $out or die "cannot write $out: $!";
$csv->print($fh, [qw(id created email status total)]);

my ($rows, $sum) = (0, 0);
while (my $r = $sth->fetchrow_hashref) {
    $csv->print($fh, [ @{$r}{qw(id created_at email status)}, sprintf('%.2f', $r->{total}) ]);
    $rows++;
    $sum += $r->{total} if $r->{status} ne 'cancelled';
}
close $fh or die $!;
$dbh->disconnect;

printf "%s: %d orders, %.2f revenue -> %s\n", $day, $rows, $sum, $out;
