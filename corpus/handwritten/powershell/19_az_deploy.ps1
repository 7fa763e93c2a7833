param(
    [Parameter(Mandatory)][ValidateSet('dev', 'test', 'prod')][string]$Environment,
    [string]$Location = 'westeurope'
)

$rg = "rg-ledger-$Environment"
$ctx = Get-AzContext
if (-not $ctx) { Connect-AzAccount | Out-Null }

New-AzResourceGroup -Name $rg -Location $Location -Tag @{ env = $Environment; owner = 'finance-it' } -Force | Out-Null

$deployment = New-AzResourceGroupDeployment -ResourceGroupName $rg `
    -Name "ledger-$(Get-Date -Format yyyyMMddHHmm)" `
    -TemplateFile "$PSScriptRoot\infra\main.bicep" `
    -TemplateParameterFile "$PSScriptRoot\infra\params.$Environment.json" `
    -Verbose

if ($deployment.ProvisioningState -ne 'Succeeded') {
    throw "Deployment failed: $($deployment.ProvisioningState)"
}
$deployment.Outputs.GetEnumerator() | ForEach-Object { '{0} = {1}' -f $_.Key, $_.Value.Value }
