class Item {
    [string]$Sku
    [string]$Name
    [int]$Quantity
    [decimal]$UnitPrice

    Item([string]$sku, [string]$name, [int]$qty, [decimal]$price) {
        $this.Sku = $sku; $this.Name = $name; $this.Quantity = $qty; $this.UnitPrice = $price
    }

    [decimal] Value() { return $this.Quantity * $this.UnitPrice }
}

class Warehouse {
    hidden [hashtable]$items = @{}

    [void] Receive([Item]$item) {
        if ($this.items.ContainsKey($item.Sku)) {
            $this.items[$item.Sku].Quantity += $item.Quantity
        } else {
            $this.items[$item.Sku] = $item
        }
    }

    [bool] Ship([string]$sku, [int]$qty) {
        $i = $this.items[$sku]
        if ($null -eq $i -or $i.Quantity -lt $qty) { return $false }
        $i.Quantity -= $qty
        return $true
    }

    [decimal] TotalValue() {
        $sum = 0
        foreach ($i in $this.items.Values) { $sum += $i.Value() }
        return $sum
    }
}

$wh = [Warehouse]::new()
$wh.Receive([Item]::new('A-100', 'Bolt M6', 500, 0.08))
$wh.Receive([Item]::new('B-220', 'Hinge', 40, 2.35))
$null = $wh.Ship('A-100', 120)
'Stock value: {0:C}' -f $wh.TotalValue()
