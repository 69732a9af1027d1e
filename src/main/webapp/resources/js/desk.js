/* Complaint Desk: live alerts and deadline countdowns. Text is inserted as text, never as HTML. */
var desk = desk || {};

desk.showAlert = function (message) {
    var data = typeof message === "string" ? JSON.parse(message) : message;
    var box = document.getElementById("liveAlerts");
    if (!box) {
        return;
    }
    var item = document.createElement("div");
    item.className = "live-alert kind-" + data.kind;
    item.setAttribute("data-kind", data.kind);
    item.setAttribute("data-complaint", data.complaint);
    var link = document.createElement("a");
    link.href = "/complaint.xhtml?number=" + encodeURIComponent(data.complaint);
    link.textContent = data.message;
    item.appendChild(link);
    box.insertBefore(item, box.firstChild);
};

/* Whether the live alerts' websocket is open, on the box as data-connected (for styling and for the browser tests). */
desk.alertsOpen = function () {
    var box = document.getElementById("liveAlerts");
    if (box) {
        box.setAttribute("data-connected", "true");
    }
};

desk.alertsClosed = function () {
    var box = document.getElementById("liveAlerts");
    if (box) {
        box.setAttribute("data-connected", "false");
    }
};

/* Elements with data-deadline (epoch ms) show the time left, and are marked due-soon (under 30 min) or overdue. */
desk.tick = function () {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
        var deadline = Number(el.getAttribute("data-deadline"));
        if (!deadline) {
            return;
        }
        var left = Math.round((deadline - now) / 1000);
        var abs = Math.abs(left);
        var h = Math.floor(abs / 3600), m = Math.floor((abs % 3600) / 60), s = abs % 60;
        var text = (left < 0 ? "-" : "") + h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
        el.textContent = text;
        el.classList.toggle("overdue", left < 0);
        el.classList.toggle("due-soon", left >= 0 && left < 1800);
    });
};

document.addEventListener("DOMContentLoaded", function () {
    desk.tick();
    setInterval(desk.tick, 1000);
});
