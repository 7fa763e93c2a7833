package Mail::HeaderLite;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT_OK = qw(parse_headers decode_mime_words);

# Parses RFC 5322 style headers (with folded continuation lines) into a
# hash of arrays, since headers like Received can repeat.

sub parse_headers {
    my ($text) = @_;
    my ($head) = split /\r?\n\r?\n/, $text, 2;
    $head =~ s/\r?\n[ \t]+/ /g;             # unfold
    my %h;
    for my $line (split /\r?\n/, $head) {
        my ($name, $value) = $line =~ /^([\x21-\x39\x3B-\x7E]+):\s*(.*)$/ or next;
        push @{ $h{ lc $name } }, decode_mime_words($value);
    }
    return \%h;
}

sub decode_mime_words {
    my ($s) = @_;
    $s =~ s{=\?([\w-]+)\?([BbQq])\?([^?]*)\?=}{
        my ($charset, $enc, $data) = ($1, uc $2, $3);
        my $bytes;
        if ($enc eq 'B') {
            require MIME::Base64;
            $bytes = MIME::Base64::decode_base64($data);
        } else {
            ($bytes = $data) =~ tr/_/ /;
            $bytes =~ s/=([0-9A-Fa-f]{2})/chr hex $1/ge;
        }
        require Encode;
        Encode::decode($charset, $bytes);
    }ge;
    return $s;
}

1;
