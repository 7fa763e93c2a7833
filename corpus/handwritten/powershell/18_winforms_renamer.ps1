Add-Type -AssemblyName System.Windows.Forms
Add-Type -AssemblyName System.Drawing

$form = New-Object System.Windows.Forms.Form
$form.Text = 'Batch Photo Renamer'
$form.Size = New-Object System.Drawing.Size(560, 420)
$form.StartPosition = 'CenterScreen'
$form.FormBorderStyle = 'FixedDialog'
$form.MaximizeBox = $false

$lblFolder = New-Object System.Windows.Forms.Label
$lblFolder.Text = 'Folder:'
$lblFolder.Location = '12,15'
$lblFolder.AutoSize = $true
$form.Controls.Add($lblFolder)

$txtFolder = New-Object System.Windows.Forms.TextBox
$txtFolder.Location = '70,12'
$txtFolder.Width = 370
$form.Controls.Add($txtFolder)

$btnBrowse = New-Object System.Windows.Forms.Button
$btnBrowse.Text = 'Browse...'
$btnBrowse.Location = '450,10'
$btnBrowse.Add_Click({
    $dlg = New-Object System.Windows.Forms.FolderBrowserDialog
    if ($dlg.ShowDialog() -eq 'OK') {
        $txtFolder.Text = $dlg.SelectedPath
        Update-Preview
    }
})
$form.Controls.Add($btnBrowse)

$lblPattern = New-Object System.Windows.Forms.Label
$lblPattern.Text = 'Pattern:'
$lblPattern.Location = '12,48'
$lblPattern.AutoSize = $true
$form.Controls.Add($lblPattern)

$txtPattern = New-Object System.Windows.Forms.TextBox
$txtPattern.Location = '70,45'
$txtPattern.Width = 200
$txtPattern.Text = '{date}_{n:000}'
$txtPattern.Add_TextChanged({ Update-Preview })
$form.Controls.Add($txtPattern)

$list = New-Object System.Windows.Forms.ListView
$list.Location = '12,80'
$list.Size = '520,250'
$list.View = 'Details'
$list.FullRowSelect = $true
[void]$list.Columns.Add('Current name', 250)
[void]$list.Columns.Add('New name', 250)
$form.Controls.Add($list)

$btnRename = New-Object System.Windows.Forms.Button
$btnRename.Text = 'Rename'
$btnRename.Location = '376,345'
$btnRename.Width = 75
$form.Controls.Add($btnRename)

$btnClose = New-Object System.Windows.Forms.Button
$btnClose.Text = 'Close'
$btnClose.Location = '457,345'
$btnClose.Width = 75
$btnClose.Add_Click({ $form.Close() })
$form.Controls.Add($btnClose)

function Get-NewName([System.IO.FileInfo]$file, [int]$n) {
    $date = $file.LastWriteTime.ToString('yyyy-MM-dd')
    $name = $txtPattern.Text.Replace('{date}', $date)
    $name = [regex]::Replace($name, '\{n(?::(0+))?\}', {
        param($m)
        $width = $m.Groups[1].Value.Length
        if ($width) { $n.ToString('D' + $width) } else { "$n" }
    })
    return $name + $file.Extension.ToLower()
}

function Update-Preview {
    $list.Items.Clear()
    if (-not (Test-Path $txtFolder.Text)) { return }
    $i = 1
    Get-ChildItem $txtFolder.Text -File -Include *.jpg, *.jpeg, *.png, *.heic -Recurse:$false |
        Sort-Object LastWriteTime | ForEach-Object {
            $item = New-Object System.Windows.Forms.ListViewItem($_.Name)
            [void]$item.SubItems.Add((Get-NewName $_ $i))
            $item.Tag = $_.FullName
            [void]$list.Items.Add($item)
            $i++
        }
}

$btnRename.Add_Click({
    $done = 0
    foreach ($item in $list.Items) {
        $target = Join-Path $txtFolder.Text $item.SubItems[1].Text
        if (-not (Test-Path $target)) {
            Rename-Item -LiteralPath $item.Tag -NewName $item.SubItems[1].Text
            $done++
        }
    }
    [System.Windows.Forms.MessageBox]::Show("$done files renamed.", 'Done') | Out-Null
    Update-Preview
})

[void]$form.ShowDialog()
