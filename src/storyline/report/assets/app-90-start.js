window.addEventListener("hashchange", render);
render();
