$src = '\\fileserver\projects'
$dst = 'F:\Mirror\projects'
$log = "F:\Mirror\logs\robocopy_$(Get-Date -f yyyyMMdd).log"
$args = @($src, $dst, '/MIR', '/Z', '/R:2', '/W:5', '/MT:16', '/NP', "/LOG+:$log", '/XD', '~snapshot', '/XF', '*.tmp', 'Thumbs.db')
robocopy @args
if ($LASTEXITCODE -ge 8) { throw "robocopy failed ($LASTEXITCODE)" }
