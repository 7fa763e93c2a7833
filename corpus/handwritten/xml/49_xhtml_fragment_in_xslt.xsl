<?xml version="1.0" encoding="UTF-8"?>
<!-- Turns a <menu> document into a navigation bar. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" omit-xml-declaration="yes"/>
  <xsl:param name="current" select="'home'"/>

  <xsl:template match="/menu">
    <nav class="navbar">
      <ul>
        <xsl:for-each select="entry">
          <li>
            <xsl:if test="@id = $current">
              <xsl:attribute name="class">active</xsl:attribute>
            </xsl:if>
            <a href="{@href}">
              <xsl:if test="@icon">
                <img src="/icons/{@icon}.svg" alt="" width="16" height="16"/>
              </xsl:if>
              <xsl:value-of select="."/>
            </a>
            <xsl:if test="entry">
              <ul class="submenu">
                <xsl:apply-templates select="entry"/>
              </ul>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template match="entry/entry">
    <li><a href="{@href}"><xsl:value-of select="normalize-space(text())"/></a></li>
  </xsl:template>
</xsl:stylesheet>
