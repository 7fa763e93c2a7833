function Invoke-RestPaged {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][uri]$Uri,
        [hashtable]$Headers = @{},
        [int]$MaxPages = 100
    )

    $next = $Uri
    $page = 0
    while ($next -and $page -lt $MaxPages) {
        $resp = Invoke-WebRequest -Uri $next -Headers $Headers -UseBasicParsing
        $body = $resp.Content | ConvertFrom-Json
        $body.items
        $page++

        $next = $null
        if ($resp.Headers['Link']) {
            foreach ($part in ($resp.Headers['Link'] -split ',')) {
                if ($part -match '<([^>]+)>;\s*rel="next"') { $next = $Matches[1] }
            }
        }
    }
}

$token = Get-Secret -Name TrackerToken -AsPlainText
Invoke-RestPaged -Uri 'https://tracker.example.com/api/v2/issues?state=open' -Headers @{ Authorization = "Bearer $token" } |
    Group-Object -Property assignee |
    Sort-Object Count -Descending |
    Select-Object Name, Count
