<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:example:library:catalog"
    exclude-result-prefixes="c">

  <xsl:output method="html" indent="yes" encoding="UTF-8"/>
  <xsl:param name="highlightFormat" select="'ebook'"/>

  <xsl:template match="/c:catalog">
    <html>
      <head>
        <title>Catalog for <xsl:value-of select="@branch"/></title>
        <style>
          table { border-collapse: collapse; }
          td, th { padding: 4px 8px; border: 1px solid #ccc; }
          tr.hl { background: #fff7d6; }
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="@branch"/> branch</h1>
        <p>Exported <xsl:value-of select="substring(@exported, 1, 10)"/>,
           <xsl:value-of select="count(c:item)"/> titles.</p>
        <table>
          <thead>
            <tr><th>Title</th><th>Authors</th><th>Year</th><th>Copies</th></tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="c:item">
              <xsl:sort select="c:title"/>
            </xsl:apply-templates>
          </tbody>
        </table>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="c:item">
    <tr>
      <xsl:if test="@format = $highlightFormat">
        <xsl:attribute name="class">hl</xsl:attribute>
      </xsl:if>
      <td>
        <b><xsl:value-of select="c:title"/></b>
        <xsl:if test="c:subtitle">
          <br/><i><xsl:value-of select="c:subtitle"/></i>
        </xsl:if>
      </td>
      <td>
        <xsl:for-each select="c:author">
          <xsl:value-of select="concat(c:given, ' ', c:family)"/>
          <xsl:if test="position() != last()">, </xsl:if>
        </xsl:for-each>
      </td>
      <td><xsl:value-of select="c:published"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="c:copies = 0"><span style="color:#a00">none</span></xsl:when>
          <xsl:otherwise><xsl:value-of select="c:copies"/></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
