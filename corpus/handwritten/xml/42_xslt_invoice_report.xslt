<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="2.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="urn:local:functions"
  exclude-result-prefixes="xs fn">

  <xsl:output method="html" indent="yes"/>

  <xsl:function name="fn:money" as="xs:string">
    <xsl:param name="amount" as="xs:decimal"/>
    <xsl:sequence select="format-number($amount, '#,##0.00')"/>
  </xsl:function>

  <xsl:template match="invoices">
    <div class="report">
      <h2>Open invoices by customer</h2>
      <xsl:for-each-group select="invoice[@status='open']" group-by="customer/@id">
        <xsl:sort select="sum(current-group()/line/(@qty * @price))" order="descending" data-type="number"/>
        <section class="customer">
          <h3><xsl:value-of select="customer/name"/></h3>
          <ul>
            <xsl:for-each select="current-group()">
              <li>
                #<xsl:value-of select="@number"/> due
                <em><xsl:value-of select="@due"/></em>:
                <strong><xsl:value-of select="fn:money(sum(line/(@qty * @price)))"/></strong>
              </li>
            </xsl:for-each>
          </ul>
          <p class="total">Total:
            <xsl:value-of select="fn:money(sum(current-group()/line/(@qty * @price)))"/>
          </p>
        </section>
      </xsl:for-each-group>
    </div>
  </xsl:template>
</xsl:stylesheet>
