// Draws the charts on a page (containers with data-chart-spec) with vega-embed.
// Vega, Vega-Lite and vega-embed come from our own static folder, never a CDN, and are only
// loaded on pages that have a chart. Without JavaScript the data table beside each chart
// says the same thing.

const VENDOR = new URL("../vendor/vega/", import.meta.url);
const LIBRARIES = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"];

function loadScript(name) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(name, VENDOR).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(script);
  });
}

async function drawChart(container) {
  const spec = JSON.parse(document.getElementById(container.dataset.chartSpec).textContent);
  // Vega rewrites the ARIA attributes of the element it draws in, so it draws in a child and
  // the container keeps its role="img" and aria-label.
  const canvas = document.createElement("div");
  container.append(canvas);
  container.hidden = false;
  try {
    // ast: Vega interprets its expressions rather than compiling them with eval, and
    // defaultStyle: false adds no <style> element, so charts work under a strict CSP.
    await window.vegaEmbed(canvas, spec, {
      ast: true,
      actions: false,
      renderer: "svg",
      defaultStyle: false,
      tooltip: false,
      logLevel: window.vega.Error,
    });
    // The container is the image (role="img" with its label) and the table beside it is the
    // text alternative, so the drawing itself is hidden from assistive technology.
    canvas.querySelector("svg")?.setAttribute("aria-hidden", "true");
  } catch (error) {
    container.hidden = true;
    canvas.remove();
    console.error(`Chart ${container.dataset.chartSpec} could not be drawn`, error);
  }
}

async function drawCharts(containers) {
  for (const name of LIBRARIES) {
    await loadScript(name);
  }
  await Promise.all(Array.from(containers, drawChart));
}

const containers = document.querySelectorAll("[data-chart-spec]");
if (containers.length > 0) {
  drawCharts(containers).catch((error) => console.error(error));
}
