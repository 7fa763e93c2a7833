Set-PSReadLineOption -EditMode Emacs -PredictionSource History
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete
Set-Alias -Name g -Value git
function .. { Set-Location .. }
function which($cmd) { (Get-Command $cmd).Source }
$env:PATH += ";$HOME\bin"
