Configuration WebServerBaseline {
    param(
        [string[]]$NodeName = 'localhost',
        [string]$SiteRoot = 'C:\inetpub\intranet'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName xWebAdministration

    Node $NodeName {
        WindowsFeature IIS {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }

        WindowsFeature AspNet45 {
            Ensure    = 'Present'
            Name      = 'Web-Asp-Net45'
            DependsOn = '[WindowsFeature]IIS'
        }

        File SiteContent {
            Ensure          = 'Present'
            Type            = 'Directory'
            DestinationPath = $SiteRoot
        }

        xWebsite DefaultSite {
            Ensure       = 'Present'
            Name         = 'Default Web Site'
            State        = 'Stopped'
            PhysicalPath = 'C:\inetpub\wwwroot'
            DependsOn    = '[WindowsFeature]IIS'
        }

        xWebsite Intranet {
            Ensure       = 'Present'
            Name         = 'Intranet'
            State        = 'Started'
            PhysicalPath = $SiteRoot
            BindingInfo  = @(
                MSFT_xWebBindingInformation {
                    Protocol = 'http'
                    Port     = 80
                    HostName = 'intranet.corp.local'
                }
            )
            DependsOn    = '[File]SiteContent'
        }

        Registry DisableServerHeader {
            Ensure    = 'Present'
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\HTTP\Parameters'
            ValueName = 'DisableServerHeader'
            ValueData = '1'
            ValueType = 'Dword'
        }
    }
}

WebServerBaseline -NodeName 'WEB01', 'WEB02' -OutputPath .\mof
