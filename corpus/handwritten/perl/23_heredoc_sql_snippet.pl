my $rows = $dbh->selectall_arrayref(<<~SQL, { Slice => {} }, $since);
    SELECT host, COUNT(*) AS hits
      FROM requests
     WHERE ts >= ?
     GROUP BY host
     ORDER BY hits DESC
    SQL
say "$_->{host}: $_->{hits}" for @$rows;
