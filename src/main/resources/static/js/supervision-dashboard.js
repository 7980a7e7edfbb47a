// The supervision dashboard's charts: the page carries the figures in data attributes (no inline script, CSP).
document.addEventListener("DOMContentLoaded", function () {
  if (typeof echarts === "undefined") { return; }
  var statusEl = document.getElementById("chart-status");
  if (statusEl) {
    var status = JSON.parse(statusEl.dataset.series);
    echarts.init(statusEl).setOption({
      animation: false, tooltip: {}, grid: { left: 40, right: 20, bottom: 40 },
      xAxis: { type: "category", data: Object.keys(status) }, yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: Object.values(status), itemStyle: { color: "#b22222" } }]
    });
  }
  var monthsEl = document.getElementById("chart-months");
  if (monthsEl) {
    var m = JSON.parse(monthsEl.dataset.series);
    echarts.init(monthsEl).setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: {}, grid: { left: 40, right: 20, bottom: 40 },
      xAxis: { type: "category", data: m.labels }, yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: monthsEl.dataset.due, type: "line", data: m.due },
        { name: monthsEl.dataset.onTime, type: "line", data: m.onTime, itemStyle: { color: "#2e7d32" } },
        { name: monthsEl.dataset.overdue, type: "line", data: m.overdue, itemStyle: { color: "#c62828" } }
      ]
    });
  }
});
