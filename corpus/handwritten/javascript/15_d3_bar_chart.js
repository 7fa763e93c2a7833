import * as d3 from 'd3';

export function barChart(el, data, { width = 640, height = 360, margin = { top: 20, right: 20, bottom: 40, left: 50 } } = {}) {
  const svg = d3.select(el).append('svg').attr('viewBox', [0, 0, width, height]);

  const x = d3.scaleBand()
    .domain(data.map((d) => d.label))
    .range([margin.left, width - margin.right])
    .padding(0.15);

  const y = d3.scaleLinear()
    .domain([0, d3.max(data, (d) => d.value)]).nice()
    .range([height - margin.bottom, margin.top]);

  svg.append('g')
    .attr('fill', 'steelblue')
    .selectAll('rect')
    .data(data)
    .join('rect')
      .attr('x', (d) => x(d.label))
      .attr('y', (d) => y(d.value))
      .attr('height', (d) => y(0) - y(d.value))
      .attr('width', x.bandwidth())
    .append('title')
      .text((d) => `${d.label}: ${d.value}`);

  svg.append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickSizeOuter(0));

  svg.append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(null, 's'))
    .call((g) => g.select('.domain').remove());

  return svg.node();
}
