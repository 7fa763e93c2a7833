#!/usr/bin/env perl
use Mojolicious::Lite -signatures;

# Tiny link shortener. Run: ./05_mojolicious_lite_app.pl daemon -l http://*:3000

my %links;
my @alphabet = ('a' .. 'z', 'A' .. 'Z', 0 .. 9);

helper make_code => sub ($c, $len = 6) {
    my $code;
    do { $code = join '', map { $alphabet[rand @alphabet] } 1 .. $len } while exists $links{$code};
    return $code;
};

get '/' => sub ($c) {
    $c->render(template => 'index', links => [ sort { $links{$b}{hits} <=> $links{$a}{hits} } keys %links ],
               all => \%links);
};

post '/api/links' => sub ($c) {
    my $url = $c->req->json->{url} // '';
    return $c->render(json => { error => 'url must start with http(s)://' }, status => 400)
        unless $url =~ m{^https?://\S+$};
    my $code = $c->make_code;
    $links{$code} = { url => $url, hits => 0, created => time };
    $c->render(json => { code => $code, short => $c->url_for("/$code")->to_abs }, status => 201);
};

get '/api/links/:code' => sub ($c) {
    my $link = $links{ $c->param('code') } or return $c->reply->not_found;
    $c->render(json => $link);
};

get '/:code' => [code => qr/[A-Za-z0-9]{6}/] => sub ($c) {
    my $link = $links{ $c->param('code') } or return $c->reply->not_found;
    $link->{hits}++;
    $c->redirect_to($link->{url});
};

app->start;
__DATA__

@@ index.html.ep
<!doctype html>
<html><head><title>Shortener</title></head>
<body>
  <h1><%= scalar @$links %> links</h1>
  <ul>
  % for my $code (@$links) {
    <li><a href="/<%= $code %>"><%= $code %></a> &rarr; <%= $all->{$code}{url} %> (<%= $all->{$code}{hits} %>)</li>
  % }
  </ul>
</body></html>
