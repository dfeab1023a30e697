// "Người dùng": typing in a scope group's search box shows only the names that contain the text
// (case and Vietnamese marks ignored); ticked names stay visible so the choice is never hidden.
// The filter also runs once when the script starts: text typed before the deferred script ran
// (a slow page, or a value the browser restored on "back") must filter the list too.
(function () {
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  document.querySelectorAll(".scope-group").forEach(function (group) {
    var search = group.querySelector(".scope-search");
    var items = group.querySelectorAll(".scope-options li");
    function filter() {
      var wanted = fold(search.value.trim());
      items.forEach(function (item) {
        var ticked = item.querySelector("input").checked;
        item.hidden = !(ticked || wanted === "" || fold(item.textContent).indexOf(wanted) !== -1);
      });
    }
    search.addEventListener("input", filter);
    filter();
  });
})();
