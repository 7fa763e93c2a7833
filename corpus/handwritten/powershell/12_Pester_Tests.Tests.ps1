BeforeAll {
    . $PSScriptRoot/../src/ConvertTo-Slug.ps1
}

Describe 'ConvertTo-Slug' {
    It 'lowercases input' {
        ConvertTo-Slug 'Hello' | Should -Be 'hello'
    }

    It 'replaces spaces with dashes' {
        ConvertTo-Slug 'a quick test' | Should -Be 'a-quick-test'
    }

    It 'removes accents: <In>' -ForEach @(
        @{ In = 'Café'; Out = 'cafe' }
        @{ In = 'Ålesund'; Out = 'alesund' }
        @{ In = 'naïve résumé'; Out = 'naive-resume' }
    ) {
        ConvertTo-Slug $In | Should -Be $Out
    }

    It 'throws on empty input' {
        { ConvertTo-Slug '' } | Should -Throw
    }

    Context 'pipeline' {
        It 'accepts several values' {
            'One', 'Two Words' | ConvertTo-Slug | Should -Be @('one', 'two-words')
        }
    }
}
