<xsl:template match="product" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <div class="product">
    <h3><xsl:value-of select="name"/></h3>
    <p class="price"><xsl:value-of select="format-number(price, '0.00')"/> EUR</p>
    <a href="/p/{@id}">Details</a>
  </div>
</xsl:template>
